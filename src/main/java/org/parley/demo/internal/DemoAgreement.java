package org.parley.demo.internal;

/**
 * The demo's base agreement: a fictional 2022–2026 contract between a hospital and its nurses,
 * pharmacists and therapists, written in the shape real agreements take, so that the demo's
 * proposals can be redlined against it and its TAs make a tentative contract.
 */
final class DemoAgreement {

    static final String NAME = "2022–2026 Collective Bargaining Agreement";

    private DemoAgreement() {
    }

    static final String MARKDOWN = """
            # Agreement between Riverside Regional Medical Center and the United Health Professionals of Riverside, Local 5150

            ## ARTICLE 3 – SCOPE OF THE UNIT

            **3.1 Bargaining Unit Work.** Work customarily performed by bargaining unit employees shall be performed by bargaining unit employees.

            **3.2 Travel and Agency Staff.** The Employer may use travel and agency staff to meet temporary staffing needs, provided that no bargaining unit employee is displaced or has hours reduced as a result.

            **3.3 Subcontracting.** The Employer shall give the Union sixty (60) days' notice before subcontracting work performed by the unit.

            ## ARTICLE 4 – UNION ACCESS

            **4.1 Access.** Authorized Union representatives shall have access to non-patient care areas of the Medical Center to conduct Union business, after notifying Human Resources.

            ## ARTICLE 5 – UNION LEAVE

            **5.1 Leave for Union Business.** Employees elected or appointed to Union office may take up to ten (10) days of unpaid leave per year for Union business.

            ## ARTICLE 6 – BULLETIN BOARDS

            **6.1 Bulletin Boards.** The Employer shall provide one bulletin board in each department for Union notices.

            ## ARTICLE 8 – GRIEVANCE PROCEDURE

            **8.1 Definition.** A grievance is a dispute over the meaning or application of this Agreement.

            **8.2 Steps.** A grievance shall be filed in writing within fourteen (14) calendar days of the event giving rise to it. The Employer shall answer within fourteen (14) calendar days of a Step 1 meeting.

            **8.3 Arbitration.** Grievances not resolved at Step 2 may be referred to arbitration by the Union within thirty (30) days.

            ## ARTICLE 9 – DISCIPLINE AND DISCHARGE

            **9.1 Just Cause.** No employee who has completed the probationary period shall be disciplined or discharged except for just cause.

            **9.2 Representation.** An employee may request a Union representative at any investigatory meeting that the employee reasonably believes may lead to discipline.

            ## ARTICLE 10 – SENIORITY

            **10.1 Definition.** Seniority is the length of continuous service in the bargaining unit since the most recent date of hire.

            **10.2 Seniority List.** The Employer shall provide the Union with an updated seniority list twice a year.

            ## ARTICLE 11 – LAYOFF AND RECALL

            **11.1 Notice.** The Employer shall give the Union and affected employees thirty (30) days' notice of a layoff.

            **11.2 Order of Layoff.** Employees shall be laid off in inverse order of seniority within their classification and unit.

            ## ARTICLE 12 – PERSONNEL FILES

            **12.1 Access.** Employees may review their personnel file within five (5) working days of a written request.

            ## ARTICLE 13 – PAID TIME OFF

            **13.1 Accrual.** Full-time employees accrue six (6) hours of paid time off per month of service, prorated for part-time employees.

            **13.2 Scheduling.** Requests for paid time off submitted by the posting deadline shall be granted by seniority where staffing permits.

            **13.3 Carry-over.** Employees may carry over up to two hundred forty (240) hours of unused paid time off into the next year.

            ## ARTICLE 14 – HOLIDAYS

            **14.1 Holidays Observed.** The following holidays are observed: New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving Day and Christmas Day.

            **14.2 Holiday Pay.** Employees who work on a holiday are paid one and one-half (1.5) times their regular rate.

            ## ARTICLE 15 – BEREAVEMENT LEAVE

            **15.1 Bereavement Leave.** Employees are entitled to three (3) days of paid bereavement leave on the death of an immediate family member.

            ## ARTICLE 16 – PARENTAL LEAVE

            **16.1 Parental Leave.** Employees may take up to twelve (12) weeks of unpaid parental leave following the birth or adoption of a child.

            ## ARTICLE 17 – SCHEDULING

            **17.1 Posting.** Schedules shall be posted at least fourteen (14) days before the start of the schedule period.

            **17.2 Self-Scheduling.** Units may adopt self-scheduling by agreement between the unit manager and a majority of the unit's employees.

            ## ARTICLE 18 – HOURS OF WORK

            **18.1 Meal and Rest Periods.** Employees shall receive a thirty (30) minute unpaid meal period and two fifteen (15) minute paid rest periods per eight-hour shift.

            **18.2 Mandatory Overtime.** Mandatory overtime shall be used only in an emergency and only after volunteers have been sought.

            ## ARTICLE 19 – FLOATING

            **19.1 Floating.** Employees may be floated only to units for which they have been oriented, in rotation by seniority.

            ## ARTICLE 20 – WAGES

            **20.1 Wage Rates.** Wage rates are set out in Appendix A.

            **20.2 General Increases.** All wage rates shall increase by two percent (2%) on the first pay period of each contract year.

            ## ARTICLE 21 – STEP INCREASES

            **21.1 Steps.** Employees advance one step on the wage scale on each anniversary of their date of hire.

            ## ARTICLE 22 – DIFFERENTIALS AND PREMIUMS

            **22.1 Evening and Night Shifts.** Employees working evening shifts receive a differential of two dollars ($2.00) per hour; night shifts, three dollars ($3.00) per hour.

            **22.3 Charge Nurse Premium.** An employee assigned as charge nurse receives a premium of one dollar and fifty cents ($1.50) per hour.

            **22.4 Call-Back Pay.** An employee called back to work after leaving the premises is paid for a minimum of two (2) hours.

            **22.5 On-Call Pay.** Employees on call receive three dollars ($3.00) per hour of on-call time.

            ## ARTICLE 24 – HEALTH INSURANCE

            **24.1 Premium Share.** The Employer pays eighty-five percent (85%) of the premium for employee-only coverage and seventy-five percent (75%) for dependent coverage.

            ## ARTICLE 25 – RETIREMENT

            **25.1 Retirement Plan.** The Employer contributes four percent (4%) of base wages to the retirement plan and matches employee contributions up to a further two percent (2%).

            ## ARTICLE 27 – EDUCATION

            **27.1 Tuition Reimbursement.** The Employer reimburses up to two thousand dollars ($2,000) per year for approved courses.

            ## ARTICLE 28 – UNIFORMS

            **28.1 Uniform Allowance.** Employees required to wear uniforms receive an allowance of two hundred dollars ($200) per year.

            ## ARTICLE 30 – STAFFING

            **30.1 Staffing Committee.** A joint staffing committee of equal numbers of Union and Employer members shall meet monthly.

            **30.2 Ratios.** The Employer shall make reasonable efforts to staff medical-surgical units at no more than six (6) patients per registered nurse.

            ## ARTICLE 31 – WORKPLACE VIOLENCE

            **31.1 Prevention.** The Employer shall maintain a workplace violence prevention plan and review it annually with the Union.

            ## ARTICLE 32 – HEALTH AND SAFETY

            **32.1 Committee.** A joint health and safety committee shall meet quarterly.

            ## ARTICLE 45 – DURATION

            **45.1 Term.** This Agreement is effective from May 1, 2022 through April 30, 2026.

            ## APPENDIX A – WAGE SCALE

            | Step | Registered Nurse | Pharmacist | Therapist |
            |---|---|---|---|
            | 1 | $41.20 | $58.90 | $36.40 |
            | 2 | $42.85 | $60.60 | $37.85 |
            | 3 | $44.55 | $62.40 | $39.35 |
            """;
}
