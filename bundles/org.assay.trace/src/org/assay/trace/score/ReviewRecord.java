package org.assay.trace.score;

import java.util.List;

/**
 * A manual check recorded in the model ({@code review NAME "title" covers mltest.data.1 by "author" on 2026-11-30
 * document "docs/review.pdf"}): half a point for each item it covers.
 *
 * @param items the ids it covers ({@code mltest.data.1})
 * @param source where it is written, {@code file:line}
 */
public record ReviewRecord(String name, List<String> items, String author, String date, String document, String source) {

	public ReviewRecord {
		items = List.copyOf(items);
	}
}
