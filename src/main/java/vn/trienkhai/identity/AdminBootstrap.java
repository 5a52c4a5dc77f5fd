package vn.trienkhai.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.Role;

/**
 * The first start creates an administrator for the whole country. Its password comes from
 * TRIENKHAI_ADMIN_PASSWORD, or is generated and printed once to the console (never to the log file);
 * a generated one must be changed at the first sign-in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountRepository accounts;

	private final OrgUnits orgUnits;

	private final PasswordEncoder encoder;

	private final AdminSettings settings;

	private final AuditLog audit;

	AdminBootstrap(AccountRepository accounts, OrgUnits orgUnits, PasswordEncoder encoder, AdminSettings settings,
			AuditLog audit) {
		this.accounts = accounts;
		this.orgUnits = orgUnits;
		this.encoder = encoder;
		this.settings = settings;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.anyAdministrator() || accounts.findByUsername(settings.username()).isPresent()) {
			return;
		}
		boolean generated = settings.password() == null || settings.password().isBlank();
		String password = generated ? Passwords.temporary() : settings.password();
		if (!generated && (password.length() < Passwords.MIN_LENGTH
				|| password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Passwords.MAX_BYTES)) {
			throw new IllegalStateException("TRIENKHAI_ADMIN_PASSWORD must have at least " + Passwords.MIN_LENGTH
					+ " characters and at most " + Passwords.MAX_BYTES + " bytes");
		}
		Account admin = new Account(0, settings.username(), "Quản trị hệ thống", null, encoder.encode(password),
				Role.ADMINISTRATOR, orgUnits.root().id(), null, true, generated, 0, null, null, null, 0);
		long id = accounts.insert(admin);
		audit.recordAs("system", "CREATE", "account", id, admin.orgUnitId(), null, admin.auditState());
		log.info("Created the first administrator account '{}'", settings.username());
		if (generated) {
			// System.out on purpose: the console shows it once; the structured log file must not keep it
			System.out.printf("%n========================================================================%n"
					+ "  trienkhai: first start — administrator account created%n"
					+ "    user name: %s%n    password:  %s%n"
					+ "  This password is shown only now. You will be asked to change it at the first sign-in.%n"
					+ "========================================================================%n%n",
					settings.username(), password);
		}
	}

}
