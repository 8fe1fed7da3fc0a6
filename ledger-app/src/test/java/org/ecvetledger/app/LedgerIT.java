package org.ecvetledger.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole ledger on a real embedded PostgreSQL, on a random port. Every test class with this
 * annotation shares one application context (and one throw-away database), so the suite starts it
 * once; parallel builds never share a cluster.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.db.ephemeral=true")
public @interface LedgerIT {}
