package io.textcenter.bench;

/**
 * What a load run measured: the requests answered within the measured period (in a closed loop only those answered
 * 200, so that a failing endpoint does not look fast), its length in seconds and their latencies; and the requests
 * that failed, of all it sent (warm-up included).
 */
record LoadOutcome(long requests, double seconds, Latencies latencies, Failures failures) {

    double perSecond() {
        return requests / seconds;
    }
}
