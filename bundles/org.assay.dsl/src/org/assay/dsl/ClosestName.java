package org.assay.dsl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The "did you mean" of Assay's messages: the candidate closest to a misspelt word by edit distance (Levenshtein,
 * case-insensitive), when it is close enough to be the word meant.
 */
public final class ClosestName {

	private ClosestName() {
	}

	/**
	 * The closest candidate at most {@code maxDistance} edits away (ties: the first), or null. The word itself is
	 * never suggested.
	 */
	public static String of(String word, Iterable<String> candidates, int maxDistance) {
		if (word == null || word.isEmpty()) {
			return null;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = maxDistance + 1;
		for (String candidate : candidates) {
			if (candidate == null || candidate.equals(word)
					|| Math.abs(candidate.length() - word.length()) >= bestDistance) {
				continue;
			}
			int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				bestDistance = distance;
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * The candidates at most {@link #tolerance} edits away, closest first (ties in the candidates' order), at most
	 * {@code limit} of them — the "change to" quick fixes of a misspelt name. The word itself is never listed.
	 */
	public static List<String> closest(String word, Iterable<String> candidates, int limit) {
		if (word == null || word.isEmpty()) {
			return List.of();
		}
		String lower = word.toLowerCase(Locale.ROOT);
		int tolerance = tolerance(word);
		record Scored(String name, int distance) {
		}
		List<Scored> scored = new ArrayList<>();
		for (String candidate : candidates) {
			if (candidate == null || candidate.equals(word) || Math.abs(candidate.length() - word.length()) > tolerance
					|| scored.stream().anyMatch(s -> s.name().equals(candidate))) {
				continue;
			}
			int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
			if (distance <= tolerance) {
				scored.add(new Scored(candidate, distance));
			}
		}
		scored.sort(Comparator.comparingInt(Scored::distance)); // stable: ties keep the candidates' order
		return scored.stream().limit(limit).map(Scored::name).toList();
	}

	/** The edit distance suited to a name: 1 for short names, up to 3 for long ones. */
	public static int tolerance(String word) {
		return word == null ? 0 : Math.max(1, Math.min(3, word.length() / 4));
	}

	/** " (did you mean 'X'?)" for the closest candidate within {@link #tolerance}, else "". */
	public static String suggestion(String word, Iterable<String> candidates) {
		String best = of(word, candidates, tolerance(word));
		return best == null ? "" : " (did you mean '" + best + "'?)";
	}

	/** Levenshtein distance. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
