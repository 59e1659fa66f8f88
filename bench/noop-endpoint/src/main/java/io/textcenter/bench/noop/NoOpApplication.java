package io.textcenter.bench.noop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under /bench-noop/api, like the module's webhooks under /messaging/api. */
@ApplicationPath("api")
public class NoOpApplication extends Application {
}
