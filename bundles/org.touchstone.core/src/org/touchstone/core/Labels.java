package org.touchstone.core;

import org.touchstone.model.SectionKind;
import org.touchstone.model.Status;

/** Names shown to users for model values, in Chinese or English. */
public final class Labels {
	private Labels() {
	}

	public static String dimension(String code, boolean zh) {
		return switch (code) {
		case "timeliness" -> zh ? "及时性" : "Timeliness";
		case "anticipation" -> zh ? "预见性" : "Anticipation";
		case "attitude" -> zh ? "态度" : "Attitude";
		case "feedback" -> zh ? "反馈" : "Feedback";
		default -> code;
		};
	}

	public static String section(SectionKind kind, boolean zh) {
		return switch (kind) {
		case STANDARDS_BY_DIMENSION -> zh ? "服务标准" : "Service standards";
		case PLAYBOOKS -> zh ? "服务补救预案" : "Service recovery playbooks";
		case SEGMENT_GUIDE -> zh ? "顾客细分指南" : "Customer segment guide";
		case CITED_CASES -> zh ? "引用案例" : "Cited cases";
		case AUDIT_CHECKLIST -> zh ? "附录：检查清单" : "Appendix: audit checklist";
		};
	}

	public static String status(Status status, boolean zh) {
		return switch (status) {
		case DRAFT -> zh ? "草稿" : "draft";
		case IN_REVIEW -> zh ? "审核中" : "in review";
		case APPROVED -> zh ? "已批准" : "approved";
		case EFFECTIVE -> zh ? "生效" : "effective";
		case RETIRED -> zh ? "已废止" : "retired";
		};
	}
}
