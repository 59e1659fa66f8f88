package io.textcenter.messaging.bulk;

/** Who a bulk send texts, and so which job runs it. */
public enum BulkSendKind {
    /** The customers of a set of appointments (e.g. tomorrow's): job bulk-customer-send. */
    CUSTOMERS("bulk-customer-send"),
    /** A list of employees: job bulk-employee-send. */
    EMPLOYEES("bulk-employee-send");

    private final String jobName;

    BulkSendKind(String jobName) {
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }
}
