package org.ecvetledger.app.mobility.documents;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log sent to the application's (SLF4J) under its own names ({@code com.openhtmltopdf.load}
 * and so on), instead of its own console handler. Its chatter at INFO for every document (fonts
 * loaded, stylesheets parsed) goes to DEBUG; warnings and errors stay what they are.
 */
final class PdfRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        var logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // levels are set in the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        return value >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
