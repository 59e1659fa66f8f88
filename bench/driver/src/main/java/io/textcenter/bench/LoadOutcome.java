package io.textcenter.bench;

/**
 * What one period of load measured: the requests answered in it (in a closed loop only those answered 200, so that a
 * failing endpoint does not look fast), its length in seconds, their latencies, and the requests that failed.
 */
record LoadOutcome(long requests, double seconds, Latencies latencies, Failures failures) {

    double perSecond() {
        return requests / seconds;
    }
}
