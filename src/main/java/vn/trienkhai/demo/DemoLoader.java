package vn.trienkhai.demo;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.identity.DemoAccounts;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.Role;

/**
 * Loads the demo data when demo mode is on, once the application is ready (after the administrator
 * bootstrap and the administrative units): the demo accounts, and each sample plan imported and confirmed
 * through {@link DocumentImports} as an officer would, so the plan module builds its plan. Runs as
 * "system". Idempotent: an account that exists is left alone, and a sample already imported for its unit
 * (same file name and bytes) is not imported again — only confirmed if a start stopped half-way.
 */
@Component
class DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	/** A sample plan of {@code demo/plans} (see its SOURCE.md) and the 2025 unit it is imported for. */
	record Sample(String file, String orgUnitCode) {
	}

	/** A demo account; the unit by its 2025 code, a reporter's agency by name (recorded if missing). */
	record DemoAccount(String username, String password, String displayName, Role role, String orgUnitCode,
			String agencyName) {
	}

	static final String TUYEN_QUANG = "08";

	static final String LAM_DONG = "68";

	static final String NHU_KHE = "02530";

	static final List<Sample> SAMPLES = List.of(
			// Bình Thuận (2024 code 60) merged into Lâm Đồng on 1/7/2025
			new Sample("binh-thuan-province-plan-64-CTr-TU.txt", LAM_DONG),
			// the text names neither its district nor its province: placed where the demo accounts work
			new Sample("district-party-plan-114-KH-TU.txt", TUYEN_QUANG),
			new Sample("nhu-khe-commune-plan-38-CTr-TU.txt", NHU_KHE));

	/** The demo accounts and their passwords, shown on the sign-in page in demo mode (demo only!). */
	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("demo.dieuphoi", "DieuPhoi-2026", "Cán bộ đầu mối (dùng thử)", Role.COORDINATOR,
					TUYEN_QUANG, null),
			new DemoAccount("demo.baocao", "BaoCao-2026", "Cán bộ báo cáo (dùng thử)", Role.REPORTER, NHU_KHE,
					"Ủy ban nhân dân xã Nhữ Khê"),
			new DemoAccount("demo.giamsat", "GiamSat-2026", "Giám sát (dùng thử)", Role.OVERSEER, LAM_DONG, null));

	private final boolean enabled;

	private final DemoAccounts demoAccounts;

	private final DocumentImports imports;

	private final OrgUnits orgUnits;

	private final Agencies agencies;

	private final DemoReports demoReports;

	private final vn.trienkhai.plan.Plans plans;

	DemoLoader(@Value("${trienkhai.demo:false}") boolean enabled, DemoAccounts demoAccounts, DocumentImports imports,
			OrgUnits orgUnits, Agencies agencies, DemoReports demoReports, vn.trienkhai.plan.Plans plans) {
		this.demoReports = demoReports;
		this.plans = plans;
		this.enabled = enabled;
		this.demoAccounts = demoAccounts;
		this.imports = imports;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!enabled) {
			return;
		}
		try {
			Result result = load();
			log.info("Demo data: {} account(s) and {} plan(s) created now; {} of {} samples are plans",
					result.accountsCreated(), result.plansCreated(), result.documents().size(), SAMPLES.size());
		}
		catch (Exception e) {
			// the application stays up; what was loaded before the failure stays, and the next start retries
			log.error("Demo data could not be loaded completely", e);
		}
	}

	/** What a load did: the accounts and plans it created, and the confirmed import of each sample. */
	record Result(int accountsCreated, int plansCreated, List<ImportedDocument> documents) {
	}

	/** Creates what is missing of the demo data and lists the demo accounts for the sign-in page. */
	Result load() throws Exception {
		int accountsCreated = 0;
		List<DemoAccounts.Listed> listed = new ArrayList<>();
		for (DemoAccount a : ACCOUNTS) {
			OrgUnit unit = unit(a.orgUnitCode());
			Long agency = a.agencyName() == null ? null : agencies.findOrCreate(unit.id(), a.agencyName()).id();
			if (demoAccounts.create(a.username(), a.displayName(), a.role(), unit.id(), agency, a.password())) {
				accountsCreated++;
			}
			listed.add(new DemoAccounts.Listed(a.username(), a.password(), a.role(), orgUnits.qualifiedName(unit.id())));
		}
		demoAccounts.list(listed);

		int plansCreated = 0;
		List<ImportedDocument> documents = new ArrayList<>();
		for (Sample s : SAMPLES) {
			long unit = unit(s.orgUnitCode()).id();
			byte[] content = read(s.file());
			ImportedDocument doc = existing(unit, s.file(), content);
			if (doc == null) {
				doc = imports.importFile(unit, s.file(), () -> content);
			}
			if (!doc.isConfirmed()) {
				// the parser's draft as it came out, confirmed unchanged: what an officer does who accepts it
				doc = imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
				plansCreated++;
			}
			documents.add(doc);
		}
		// the demo reporter's commune plan gets one approved report, so dashboards have something to show
		DemoAccount reporter = ACCOUNTS.get(1);
		long reporterUnit = unit(reporter.orgUnitCode()).id();
		long reporterAgency = agencies.findOrCreate(reporterUnit, reporter.agencyName()).id();
		for (ImportedDocument doc : documents) {
			if (doc.orgUnitId() == reporterUnit) {
				plans.ofDocument(doc.id()).ifPresent(p -> demoReports.fill(p.id(), reporterAgency));
			}
		}
		return new Result(accountsCreated, plansCreated, documents);
	}

	private OrgUnit unit(String code) {
		return orgUnits.findByCode(code, "2025")
			.orElseThrow(() -> new IllegalStateException("demo data: no 2025 unit with code " + code));
	}

	/** The import of this sample in this unit, if a start imported it already (confirmed or not). */
	private ImportedDocument existing(long unit, String file, byte[] content) {
		String sha = sha256(content);
		return imports.within(unit, 1000)
			.stream()
			.filter(d -> d.orgUnitId() == unit && d.fileName().equals(file) && d.sha256().equals(sha))
			.reduce((newer, older) -> newer.isConfirmed() ? newer : older.isConfirmed() ? older : newer)
			.orElse(null);
	}

	static byte[] read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("demo/plans/" + file).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
