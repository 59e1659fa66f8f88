package io.textcenter.messaging.web.support;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a test of the sandbox carrier starts from: the module in sandbox mode on the Payara Micro its run's classes share
 * ({@link SandboxModule}). The classes run one after the other, as each sets the company's texting window it needs. The
 * module's clock only moves forward and other classes move it too, so a test moves it from where it is.
 */
@Tag("sandbox-module")
@ExtendWith(SandboxModule.class)
public abstract class AgainstTheSandboxModule extends OnTheServerOfTheRun {

    /** The module's clock now. */
    protected OffsetDateTime moduleClock() {
        return OffsetDateTime.parse(
                server().graphQL().call(agentToken(), "{ sandboxClock }").string("sandboxClock"));
    }

    /** Moves the module's clock forward to {@code to}; the time it then shows. */
    protected OffsetDateTime moveModuleClock(OffsetDateTime to) {
        return OffsetDateTime.parse(server().graphQL()
                .call(adminToken(), "mutation($to: DateTime!) { sandboxMoveClock(to: $to) }", "to", to.toString())
                .string("sandboxMoveClock"));
    }
}
