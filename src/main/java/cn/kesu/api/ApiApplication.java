package cn.kesu.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root, {@code /kesu/api/v1}; a change that breaks clients gets a new version beside it. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
