package eu.lorntech.totem.platform.dashboard;

/** One figure of a role's dashboard, with where to go for the detail (outcome may be null). */
public record DashboardCard(int order, String labelKey, long value, String outcome) {
}
