package org.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The schemas the CI formats are checked against ({@code src/test/resources/schemas/}): the official SARIF 2.1.0 JSON
 * schema and a JUnit XML schema. One place for every test that checks a SARIF log or a JUnit XML file.
 */
final class CiSchemas {

	private static Schema sarif;

	private CiSchemas() {
	}

	/** The SARIF log, after checking it against the SARIF 2.1.0 schema (draft 4). */
	static synchronized JsonNode sarif(String json) throws IOException {
		if (sarif == null) {
			try (InputStream in = CiSchemas.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
				sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
			}
		}
		var errors = sarif.validate(json, InputFormat.JSON);
		assertEquals(List.of(), errors.stream().map(Object::toString).toList(), json);
		return new ObjectMapper().readTree(json);
	}

	/** The JUnit XML file, after checking it against the schema (an invalid file throws with the line). */
	static Document junit(byte[] xml) throws Exception {
		Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(CiSchemas.class.getResource("/schemas/junit.xsd")).newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
