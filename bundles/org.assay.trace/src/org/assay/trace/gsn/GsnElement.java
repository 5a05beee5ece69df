package org.assay.trace.gsn;

import java.util.Locale;

/**
 * One element of the safety case, in the terms of the GSN Community Standard (version 3).
 *
 * @param id the GSN identifier: {@code G1}, {@code S2}, {@code Sn3}, {@code C4}, {@code A1}, {@code J1}; numbered in
 *            the argument's order, so the same model and evidence give the same identifiers
 * @param type what it is
 * @param text its statement
 * @param undeveloped whether it is still to be developed (drawn with GSN's diamond): an unmitigated hazard, an
 *            unverified requirement, a missing purpose
 * @param status the status of what it claims, in the trace's words ({@code org.assay.trace.Status}): a solution's
 *            verdict, or STALE, or MISSING; a goal's worst solution; null where the element carries none
 * @param element the model element it comes from (qualified name), or null
 * @param source where that element is written ({@code file:line}), or null
 * @param ref for an away goal: the identifier of the goal it refers to (developed elsewhere in the argument); else null
 * @param evidence for a solution: the evidence it cites; else null
 */
public record GsnElement(String id, Type type, String text, boolean undeveloped, String status, String element,
		String source, String ref, SolutionEvidence evidence) {

	/** The status of a goal or strategy that is, or rests on, an undeveloped element. */
	public static final String UNDEVELOPED = "UNDEVELOPED";

	/** The element types of GSN used here. */
	public enum Type {
		GOAL("G"), STRATEGY("S"), SOLUTION("Sn"), CONTEXT("C"), ASSUMPTION("A"), JUSTIFICATION("J"), AWAY_GOAL("G");

		private final String prefix;

		Type(String prefix) {
			this.prefix = prefix;
		}

		/** The prefix of its identifiers (an away goal is a goal: it shares their numbering). */
		public String prefix() {
			return prefix;
		}

		/** {@code away goal}. */
		public String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', ' ');
		}

		/** {@code awayGoal}: its name in the JSON form. */
		public String json() {
			String label = label();
			int space = label.indexOf(' ');
			return space < 0 ? label : label.substring(0, space) + Character.toUpperCase(label.charAt(space + 1))
					+ label.substring(space + 2);
		}

		/** Whether it is drawn beside the element it qualifies (context, assumption, justification). */
		public boolean isContextual() {
			return this == CONTEXT || this == ASSUMPTION || this == JUSTIFICATION;
		}
	}
}
