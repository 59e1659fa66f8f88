package io.textcenter.messaging.web.support;

/** A test class on the server its run shares ({@link ServerOfTheRun}), reached as {@link #server()}. */
public abstract class OnTheServerOfTheRun {

    private Server server;

    void deployedOn(Server shared) {
        server = shared;
    }

    /** The deployed module, as a frontend or Twilio reaches it. */
    protected Server server() {
        return server;
    }
}
