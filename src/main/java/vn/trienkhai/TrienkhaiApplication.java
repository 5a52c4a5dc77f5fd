package vn.trienkhai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrienkhaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrienkhaiApplication.class, args);
	}

}
