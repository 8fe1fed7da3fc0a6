package org.ecvetledger.app.web;

/** "This resource does not exist": answered as 404 problem+json. Features throw their own subclasses. */
public abstract class ResourceNotFound extends RuntimeException {

    protected ResourceNotFound(String message) {
        super(message);
    }
}
