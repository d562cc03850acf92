package org.parley.support;

/** A small agreement, written for the tests, in the shapes real agreements take. */
public final class Agreements {

    public static final String MARKDOWN = """
            # Collective Bargaining Agreement

            Between the Test Employer and the Test Union.

            ## ARTICLE 1 – RECOGNITION

            **1.1 Recognition.** The Employer recognizes the Union as the exclusive representative of all employees.

            ## ARTICLE 13 – PAID TIME OFF

            **13.1 Eligibility.** All employees who work at least twenty hours per week are eligible.

            **13.2 Accrual.** Employees accrue eight hours of paid time off per month of service.

            **13.3 Carry-over.** Up to forty hours may be carried over into the next year.

            ## ARTICLE 20 – WAGES

            **20.1 Rates.** Wage rates are set out in the table below.

            | Step | Hourly rate |
            |---|---|
            | 1 | $24.00 |
            | 2 | $25.50 |
            """;

    private Agreements() {
    }
}
