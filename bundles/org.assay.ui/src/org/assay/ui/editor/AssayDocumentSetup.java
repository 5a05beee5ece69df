package org.assay.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits .assay documents into code, comments and strings, so that highlighting after an edit only re-scans the
 * damaged lines of code and a block comment or string is always coloured as a whole.
 */
public class AssayDocumentSetup implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "org.assay.ui.partitioning";
	public static final String COMMENT = "__assay_comment";
	public static final String STRING = "__assay_string";

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	private static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new EndOfLineRule("//", comment), new MultiLineRule("\"", "\"", string, '\\', true),
				new MultiLineRule("'", "'", string, '\\', true) });
		return scanner;
	}
}
