package org.assay.dsl.parser;

import org.assay.dsl.parser.RobustAssayParser.GuardedParseResult;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;

/**
 * The Assay resource: adds the nesting-limit diagnostic of a {@link GuardedParseResult} to the syntax errors.
 */
public class AssayResource extends LazyLinkingResource {

	@Override
	protected void addSyntaxErrors() {
		super.addSyntaxErrors();
		IParseResult result = getParseResult();
		if (result instanceof GuardedParseResult guarded && !isValidationDisabled()) {
			for (Violation violation : guarded.getViolations()) {
				getErrors().add(new BlankedRegionDiagnostic(this, violation));
			}
		}
	}

	/** A located error for a blanked region. */
	static final class BlankedRegionDiagnostic extends AbstractDiagnostic {
		private final AssayResource resource;
		private final Violation violation;
		private final int offset;
		private final int length;
		private final int line;
		private final int column;

		BlankedRegionDiagnostic(AssayResource resource, Violation violation) {
			this.resource = resource;
			this.violation = violation;
			this.offset = violation.offset();
			this.length = violation.length();
			String text = resource.getParseResult().getRootNode().getText();
			int currentLine = 1;
			int lineStart = 0;
			for (int i = 0; i < offset && i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					currentLine++;
					lineStart = i + 1;
				}
			}
			this.line = currentLine;
			this.column = offset - lineStart + 1;
		}

		@Override
		protected INode getNode() {
			return NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		}

		@Override
		public String getMessage() {
			return violation.message();
		}

		@Override
		public String getCode() {
			return violation.code();
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public int getOffset() {
			return offset;
		}

		@Override
		public int getLength() {
			return length;
		}

		@Override
		public int getLine() {
			return line;
		}

		@Override
		public int getColumn() {
			return column;
		}

		@Override
		public int getLineEnd() {
			return line;
		}

		@Override
		public int getColumnEnd() {
			return column + 1;
		}

		@Override
		public URI getUriToProblem() {
			return resource.getURI();
		}
	}
}
