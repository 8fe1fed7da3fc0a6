package org.ecvetledger.app.web;

import java.io.IOException;

/**
 * Reading a request body passed its size limit (a body sent without {@code Content-Length}); thrown
 * by the stream, so whoever reads the body fails, and answered 413 by {@link ProblemDetailsAdvice}.
 */
public final class RequestBodyTooLarge extends IOException {

    private final long limit;

    public RequestBodyTooLarge(long limit) {
        super("request body longer than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The problem's detail, the same whether the length was declared or found out while reading. */
    public static String detail(long limit) {
        return "The request body must be at most " + limit + " bytes.";
    }
}
