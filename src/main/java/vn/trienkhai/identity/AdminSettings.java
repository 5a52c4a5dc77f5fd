package vn.trienkhai.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created on the first start.
 *
 * @param username its user name
 * @param password its password; when blank a random one is generated and printed once
 */
@ConfigurationProperties("trienkhai.admin")
record AdminSettings(String username, String password) {

	AdminSettings {
		username = username == null || username.isBlank() ? "admin" : username.strip();
	}

}
