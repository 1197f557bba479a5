package org.touchstone.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench's own widgets, in English and Chinese ({@code messages*.properties}). */
public final class Messages extends NLS {
	public static String FindingsView_key;
	public static String Team_syncTitle;
	public static String Team_pickTenant;
	public static String Team_unsaved;
	public static String Team_saveAndSync;
	public static String Team_notShared;
	public static String Team_addressNeeded;
	public static String Team_loginTitle;
	public static String Team_loginMessage;
	public static String Team_user;
	public static String Team_password;
	public static String Team_job;
	public static String Team_fetchJob;
	public static String Team_done;
	public static String Team_offline;
	public static String Team_fetched;
	public static String Team_conflictsTitle;
	public static String Team_conflictsMessage;
	public static String Team_element;
	public static String Team_field;
	public static String Team_mine;
	public static String Team_theirs;
	public static String Team_who;
	public static String Team_when;
	public static String Team_whole;
	public static String Team_keepMine;
	public static String Team_keepTooltip;
	public static String History_savedAt;
	public static String History_savedBy;
	public static String History_saveMessage;
	public static String History_savesJob;
	public static String Team_applyChoices;
	public static String Team_keep;
	public static String Team_keepTheirs;
	public static String Team_outgoing;
	public static String Team_incoming;
	public static String Team_tenantPending;
	public static String FindingsView_code;
	public static String FindingsView_field;
	public static String FindingsView_nothingShown;
	public static String FindingsView_message;
	public static String FindingsView_summary;
	public static String FindingsView_checking;
	public static String FindingsView_job;
	public static String SearchView_hint;
	public static String SearchView_title;
	public static String SearchView_type;
	public static String SearchView_source;
	public static String SearchView_snippet;
	public static String SearchView_summary;
	public static String SearchView_pickTenant;
	public static String SearchView_typeToSearch;
	public static String SearchView_facetValue;
	public static String Editor_related;
	public static String Editor_relatedSearching;
	public static String Editor_relatedFind;
	public static String Editor_relatedNone;
	public static String Editor_relatedTooltip;
	public static String Editor_relatedJob;
	public static String SearchView_nothing;
	public static String SearchView_job;
	public static String Facet_type;
	public static String Facet_company;
	public static String Facet_industry;
	public static String Facet_principle;
	public static String Facet_scope;
	public static String Facet_failureGroup;
	public static String CaseReader_principles;
	public static String CaseReader_citedBy;
	public static String CaseReader_citedByNone;
	public static String CaseReader_noText;
	public static String CaseReader_lessonsZh;
	public static String CaseReader_lessonsEn;
	public static String Dashboard_trendOf;
	public static String Dashboard_bySite;
	public static String Dashboard_trend;
	public static String Dashboard_worst;
	public static String Dashboard_failures;
	public static String Dashboard_when;
	public static String Dashboard_site;
	public static String Dashboard_standard;
	public static String Dashboard_value;
	public static String Dashboard_threshold;
	public static String Dashboard_met;
	public static String Dashboard_observer;
	public static String Dashboard_pickTenant;
	public static String Dashboard_reading;
	public static String Dashboard_summary;
	public static String Audit_title;
	public static String Audit_message;
	public static String Audit_day;
	public static String Audit_time;
	public static String Audit_requirement;
	public static String Audit_note;
	public static String Audit_noSites;
	public static String Audit_form;
	public static String Audit_nothing;
	public static String Audit_record;
	public static String Editor_siteRules;
	public static String Editor_siteReason;
	public static String Editor_pilotHere;
	public static String Editor_pilotEverywhere;
	public static String Editor_noPilot;
	public static String Editor_pilot;
	public static String GapsView_query;
	public static String GapsView_count;
	public static String GapsView_lastSeen;
	public static String GapsView_write;
	public static String GapsView_refresh;
	public static String GapsView_job;
	public static String GapsView_summary;
	public static String Publish_title;
	public static String Publish_pickTenant;
	public static String Publish_pickFolder;
	public static String Publish_job;
	public static String Publish_done;
	public static String Publish_warnings;
	public static String Publish_failed;
	public static String Publish_cannotWrite;
	public static String Publish_open;
	public static String Publish_pages;
	public static String Import_title;
	public static String Preview_noBrowser;
	public static String Preview_showing;
	public static String Preview_showingUnsaved;
	public static String Preview_job;
	public static String About_title;
	public static String About_text;
	public static String Import_description;
	public static String Import_add;
	public static String Import_remove;
	public static String Import_preview;
	public static String Import_saveFirst;
	public static String Import_job;
	public static String Import_done;
	public static String Publish_wizardDescription;
	public static String Publish_handbook;
	public static String Publish_folder;
	public static String Publish_browse;
	public static String Publish_clean;
	public static String Publish_edition;
	public static String Publish_pdf;
	public static String Publish_quiz;
	public static String Publish_editionHint;
	public static String Publish_editionNotALabel;
	public static String Publish_openWhenDone;
	public static String Publish_folderNotAbsolute;
	public static String Publish_folderIsFile;
	public static String Publish_noHandbook;
	public static String Users_command;
	public static String Users_pickTenant;
	public static String Users_title;
	public static String Users_message;
	public static String Users_name;
	public static String Users_displayName;
	public static String Users_roles;
	public static String Users_add;
	public static String Users_applyRoles;
	public static String Users_remove;
	public static String Users_saveFirst;
	public static String Editor_chinese;
	public static String Editor_english;
	public static String Editor_title;
	public static String Editor_statement;
	public static String Editor_observation;
	public static String Editor_metric;
	public static String Editor_comparison;
	public static String Editor_threshold;
	public static String Editor_unit;
	public static String Editor_complianceTarget;
	public static String Editor_revision;
	public static String Editor_cannotChange;
	public static String Editor_saveTitle;
	public static String Editor_stepComment;
	public static String Editor_saveFirst;
	public static String NewStandard_title;
	public static String NewStandard_description;
	public static String NewStandard_key;
	public static String NewStandard_titleZh;
	public static String NewStandard_titleEn;
	public static String NewStandard_dimension;
	public static String NewStandard_needsTitle;
	public static String NewStandard_pickTenant;
	public static String Disk_title;
	public static String Disk_question;
	public static String Disk_keep;
	public static String Disk_take;
	public static String Disk_compare;
	public static String Disk_onlyMine;
	public static String Disk_onlyTheirs;
	public static String Disk_noStandardDiffers;
	public static String Disk_job;
	public static String Disk_unreadable;
	public static String Acting_user;
	public static String Acting_userWithLogin;
	public static String Acting_title;
	public static String Acting_pickTenant;
	public static String Playbook_trigger;
	public static String Playbook_empowerment;
	public static String Playbook_escalation;
	public static String Playbook_failureType;
	public static String Playbook_steps;
	public static String Playbook_owner;
	public static String Playbook_actionZh;
	public static String Playbook_actionEn;
	public static String Playbook_minutes;
	public static String Playbook_addStep;
	public static String Playbook_removeStep;
	public static String Playbook_up;
	public static String Playbook_down;
	public static String Playbook_newStep;
	public static String Findings_applyFix;
	public static String Navigator_standards;
	public static String Navigator_segments;
	public static String Navigator_touchpoints;
	public static String Navigator_playbooks;
	public static String Navigator_cases;
	public static String Navigator_handbooks;
	public static String Navigator_sites;
	public static String Navigator_complaints;
	public static String ElementEditor_none;
	public static String Navigator_noDimension;
	public static String Findings_errors;
	public static String Findings_warnings;
	public static String Findings_both;
	public static String Navigator_filter;
	public static String Properties_title;
	public static String Editor_standardTab;
	public static String Editor_revisionsTab;
	public static String History_date;
	public static String History_revision;
	public static String History_step;
	public static String History_by;
	public static String History_note;
	public static String Diff_from;
	public static String Diff_to;
	public static String Diff_none;
	public static String Revisions_byLogin;
	public static String Revisions_override;
	public static String Editor_readOnly;
	public static String Editor_inReview;
	public static String Editor_newRevision;
	public static String Editor_newRevisionTitle;
	public static String Handbook_chapters;
	public static String Handbook_markdown;
	public static String Handbook_generated;
	public static String Editor_dimension;
	public static String Editor_touchpoint;
	public static String Editor_expectationLevel;
	public static String Editor_owner;
	public static String Editor_reviewInterval;
	public static String Editor_revert;
	public static String Editor_revertTitle;
	public static String NewElement_playbook;
	public static String NewElement_segment;
	public static String NewElement_touchpoint;
	public static String NewElement_chapter;
	public static String NewElement_case;
	public static String NewElement_site;
	public static String NewElement_complaint;
	public static String NewElement_file;
	public static String NewElement_description;
	public static String NewElement_nameZh;
	public static String NewElement_nameEn;
	public static String NewElement_needsName;
	public static String Delete_title;
	public static String Delete_question;
	public static String Editor_criteria;
	public static String Editor_addCriterion;
	public static String Editor_removeCriterion;
	public static String Editor_overrides;
	public static String Editor_setOverride;
	public static String Editor_removeOverride;
	public static String Editor_cases;
	public static String Editor_cite;
	public static String Editor_uncite;
	public static String Step_submit;
	public static String Step_return;
	public static String Step_approve;
	public static String Step_makeEffective;
	public static String Step_retire;

	static {
		NLS.initializeMessages("org.touchstone.ui.internal.messages", Messages.class);
	}

	private Messages() {
	}

	/** The name of a search facet ({@code type}, {@code company}...). */
	static String facet(String facet) {
		return switch (facet) {
		case "type" -> Facet_type;
		case "company" -> Facet_company;
		case "industry" -> Facet_industry;
		case "principle" -> Facet_principle;
		case "scope" -> Facet_scope;
		case "failure_group" -> Facet_failureGroup;
		default -> facet;
		};
	}

	/** The title of the wizard for a new element of a kind. */
	static String newElement(NewElementWizard.Kind kind) {
		return switch (kind) {
		case PLAYBOOK -> NewElement_playbook;
		case SEGMENT -> NewElement_segment;
		case TOUCHPOINT -> NewElement_touchpoint;
		case CHAPTER -> NewElement_chapter;
		case CASE -> NewElement_case;
		case SITE -> NewElement_site;
		case COMPLAINT -> NewElement_complaint;
		};
	}

	/** The name of a navigator folder. */
	static String folder(NavigatorContent.Kind kind) {
		return switch (kind) {
		case STANDARDS -> Navigator_standards;
		case SEGMENTS -> Navigator_segments;
		case TOUCHPOINTS -> Navigator_touchpoints;
		case PLAYBOOKS -> Navigator_playbooks;
		case CASES -> Navigator_cases;
		case HANDBOOKS -> Navigator_handbooks;
		case SITES -> Navigator_sites;
		case COMPLAINTS -> Navigator_complaints;
		};
	}

	/**
	 * A count of errors and warnings in words ("1 error, 3 warnings"); without {@code zeros}, only
	 * the counts that are not 0 ("3 warnings"), or "" when both are.
	 */
	public static String findings(int errors, int warnings, boolean zeros) {
		String e = java.text.MessageFormat.format(Findings_errors, errors);
		String w = java.text.MessageFormat.format(Findings_warnings, warnings);
		if (zeros || errors > 0 && warnings > 0) {
			return NLS.bind(Findings_both, e, w);
		}
		return errors > 0 ? e : warnings > 0 ? w : "";
	}

	/** The label of a document-control step's button. */
	public static String step(org.touchstone.core.LifecycleStep step) {
		return switch (step) {
		case SUBMIT -> Step_submit;
		case RETURN -> Step_return;
		case APPROVE -> Step_approve;
		case MAKE_EFFECTIVE -> Step_makeEffective;
		case RETIRE -> Step_retire;
		};
	}
}
