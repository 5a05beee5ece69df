package org.assay.dsl.reqif;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML file (or the .reqif entry of a .reqifz archive) into a namespace-aware DOM whose elements know their line ({@link #line(Node)}), with the JDK's
 * parser in secure processing: a DOCTYPE is refused (so no external entity or DTD is ever read: no XXE), no schema or
 * DTD is fetched, and entity expansion is limited.
 */
final class LocatedXml {

	private static final String LINE = "assay.line";

	private LocatedXml() {
	}

	/**
	 * The file's document; a file that is not well-formed XML, or declares a DOCTYPE, is refused with its line. A ReqIF
	 * archive ({@code .reqifz}: a zip file) is read through its first {@code .reqif} entry, by name.
	 */
	static Document read(Path file) throws ReqifException, IOException {
		if (isZip(file)) {
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
				java.util.zip.ZipEntry entry = zip.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".reqif"))
						.min(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
						.orElseThrow(() -> new ReqifException(file + ": a zip file without a .reqif entry. A ReqIF archive "
								+ "(.reqifz) holds the .reqif file; export it again, or import the .reqif file itself."));
				try (InputStream in = zip.getInputStream(entry)) {
					return read(in, file + "!/" + entry.getName());
				}
			}
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

	private static Document read(InputStream in, String name) throws ReqifException, IOException {
		Document document;
		try {
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
		try {
			parser().parse(new InputSource(in), new Builder(document));
		} catch (SAXParseException e) {
			throw new ReqifException(name + ":" + e.getLineNumber() + ": " + describe(e));
		} catch (SAXException e) {
			throw new ReqifException(name + ": not readable as XML: " + e.getMessage());
		}
		return document;
	}

	/** The line an element starts on, or 0. */
	static int line(Node node) {
		Object line = node.getUserData(LINE);
		return line instanceof Integer number ? number : 0;
	}

	private static String describe(SAXParseException e) {
		String message = String.valueOf(e.getMessage());
		if (message.contains("DOCTYPE")) {
			return "the file declares a DOCTYPE. ReqIF files have none, and Assay reads no DTD or external entity (they "
					+ "can make a parser read other files or reach the network). Remove the <!DOCTYPE …> declaration.";
		}
		return "not well-formed XML: " + message + " Export the file again from the requirements tool, or fix it at "
				+ "this line.";
	}

	private static SAXParser parser() throws ReqifException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			SAXParser parser = factory.newSAXParser();
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return parser;
		} catch (ParserConfigurationException | SAXException e) {
			throw new ReqifException("the JDK's XML parser cannot be configured for secure processing: " + e.getMessage(), e);
		}
	}

	/** Builds the DOM from SAX events, recording each element's line. */
	private static final class Builder extends DefaultHandler {

		private final Document document;
		private final Deque<Node> open = new ArrayDeque<>();
		private Locator locator;

		Builder(Document document) {
			this.document = document;
			open.push(document);
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				String namespace = attributes.getURI(i);
				if (attributes.getQName(i).startsWith("xmlns")) {
					continue;
				}
				element.setAttributeNS(namespace == null || namespace.isEmpty() ? null : namespace, attributes.getQName(i),
						attributes.getValue(i));
			}
			element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
			open.peek().appendChild(element);
			open.push(element);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			Node parent = open.peek();
			if (parent != document) {
				parent.appendChild(document.createTextNode(new String(ch, start, length)));
			}
		}
	}
}
