/**
 * Monitoring (theo dõi, đôn đốc, tổng hợp): each plan's reporting regime and the reporting rounds it
 * produces; one progress report per responsible agency and round (task progress, indicator values, evidence)
 * with its approval workflow; indicator values rolled up the administrative tree against targets; task
 * statistics; timeliness and completeness of each round; reminders; dashboards. Set up from
 * {@link vn.trienkhai.plan.PlanCreated}, in the transaction that creates the plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package vn.trienkhai.monitoring;
