package org.ecvetledger.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole ledger on a real embedded PostgreSQL, on a random port. Every test class with this
 * annotation shares one application context (and one throw-away database), so the suite starts it
 * once; parallel builds never share a cluster. The platform administrator's password is
 * {@link LedgerHttp#ADMIN_PASSWORD}, so {@link LedgerHttp} can provision the accounts it signs in as.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.db.ephemeral=true",
            "ledger.security.admin-password=" + LedgerHttp.ADMIN_PASSWORD,
            // the suite's shared test accounts write far faster than any person
            "ledger.security.writes-per-minute=0"
        })
public @interface LedgerIT {}
