package org.assay.runtime.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The distinct values of a text column in first-seen order, each with its code (its index), for whole-table loading. */
final class TextDictionary {

	private final Map<String, Integer> codes = new HashMap<>();
	private final List<String> words = new ArrayList<>();

	int code(String word) {
		Integer code = codes.get(word);
		if (code == null) {
			code = words.size();
			codes.put(word, code);
			words.add(word);
		}
		return code;
	}

	String[] words() {
		return words.toArray(String[]::new);
	}
}
