package io.textcenter.messaging.web.support;

import java.util.Map;

/** One Payara Micro with the module in sandbox mode, as ./run starts it, for the classes of the sandbox run. */
public final class SandboxModule extends ServerOfTheRun {

    @Override
    MicroProcess start() {
        return MicroProcess.fresh("sandbox", "messaging_sandbox", Map.of("messaging.carrier.sandbox", "true"));
    }
}
