package org.parley;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ParleyApplication {

    /**
     * Starts Parley; {@code verify <record.json>} instead checks a vote's exported record without
     * starting the server or touching a database (docs/VOTING.md), and exits with its verdict;
     * {@code backup [FILE]} and {@code restore FILE} copy the embedded database out and back
     * (docs/OPERATIONS.md), without starting the server either.
     * {@code national-record} writes a national-size record into the database and exits (README).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(org.parley.vote.RecordVerifier.run(args, System.out));
        }
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            System.exit(org.parley.platform.EmbeddedDatabaseBackup.run(args, System.getenv(), System.out));
        }
        if (args.length > 0 && args[0].equals("national-record")) {
            System.exit(org.parley.demo.NationalRecordCommand.run(ParleyApplication.class, args, System.out));
        }
        SpringApplication.run(ParleyApplication.class, args);
    }
}
