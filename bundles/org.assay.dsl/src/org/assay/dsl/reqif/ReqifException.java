package org.assay.dsl.reqif;

/**
 * A ReqIF file Assay cannot read or write: the message says where (file, line when known), what and how to fix it.
 */
public class ReqifException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReqifException(String message) {
		super(message);
	}

	public ReqifException(String message, Throwable cause) {
		super(message, cause);
	}
}
