package cn.kesu.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import java.util.Locale;

/** What every refusal of the API knows of its call: the language the caller accepts and the path it called. */
abstract class ProblemMapper {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    Locale locale() {
        return ApiLanguage.of(headers);
    }

    String path() {
        return uri.getPath();
    }
}
