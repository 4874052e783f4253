package org.casework.referrals.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.referrals.ReferralStatus;
import org.casework.shared.Priority;

/** A row of the referral table. */
public record ReferralRow(UUID id, long version, UUID caseId, UUID clientId, UUID programId, UUID agencyId,
		String caseNumber, String clientName, LocalDate clientBirthDate, String clientLanguage, String clientPhone,
		UUID stepId, UUID serviceId, String serviceName, UUID organizationId, String organizationName, String reason,
		Priority urgency, ReferralStatus status, String statusReason, Instant appointmentAt, String appointmentNote,
		Boolean attended, String attendanceNote, Instant attendanceAt, Boolean serviceReceived, String outcomeNote,
		UUID createdBy, Instant createdAt, Instant requestedAt, Instant answeredAt, Instant endedAt) {

	public static ReferralRow map(ResultSet rs, int n) throws SQLException {
		return new ReferralRow(rs.getObject("id", UUID.class), rs.getLong("version"),
				rs.getObject("case_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("program_id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("case_number"), rs.getString("client_name"),
				rs.getObject("client_birth_date", LocalDate.class), rs.getString("client_language"),
				rs.getString("client_phone"), rs.getObject("plan_step_id", UUID.class),
				rs.getObject("service_id", UUID.class), rs.getString("service_name"),
				rs.getObject("organization_id", UUID.class), rs.getString("organization_name"), rs.getString("reason"),
				Priority.valueOf(rs.getString("urgency")), ReferralStatus.of(rs.getString("status")).orElseThrow(),
				rs.getString("status_reason"), instant(rs, "appointment_at"), rs.getString("appointment_note"),
				bool(rs, "attended"), rs.getString("attendance_note"), instant(rs, "attendance_at"),
				bool(rs, "service_received"), rs.getString("outcome_note"), rs.getObject("created_by", UUID.class),
				instant(rs, "created_at"), instant(rs, "requested_at"), instant(rs, "answered_at"),
				instant(rs, "ended_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
