// The server's OpenAPI document (MicroProfile OpenAPI serves it at the server's root, /openapi). "Authorize" takes a
// client's token; nothing is sent to any other site.
window.onload = function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: true,
        validatorUrl: null,
        persistAuthorization: false
    });
};
