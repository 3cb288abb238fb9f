package dk.samspil;

import dk.samspil.shared.DatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Samspil: the cooperation between a municipality and its local councils. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamspilApplication {

  public static void main(String[] args) {
    if (DatabaseCommand.isCommand(args)) {
      // backup <file> | restore <file>: the database only, then exit
      System.exit(DatabaseCommand.run(args));
    }
    SpringApplication.run(SamspilApplication.class, args);
  }
}
