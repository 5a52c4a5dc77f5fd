/**
 * Agencies (cơ quan, đơn vị): the bodies of an org unit that plans assign tasks to — Sở, Phòng, UBND,
 * HĐND, Ủy ban MTTQ, party boards … Its public surface: {@link vn.trienkhai.agency.Agencies} (the
 * service), {@link vn.trienkhai.agency.Agency}, {@link vn.trienkhai.agency.AgencyType} and
 * {@link vn.trienkhai.agency.AgencyNames}, the name normaliser every module matches agency names with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies",
		allowedDependencies = { "platform", "orgunit", "audit" })
package vn.trienkhai.agency;
