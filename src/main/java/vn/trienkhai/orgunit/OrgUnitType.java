package vn.trienkhai.orgunit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of an administrative unit, with the Vietnamese word that prefixes its official name ("Xã" in
 * "Xã Nhữ Khê"). The word is data, not UI text: pages show the {@code orgunit.type.*} messages.
 */
public enum OrgUnitType {

	QUOC_GIA("Quốc gia"), TINH("Tỉnh"), THANH_PHO("Thành phố"), XA("Xã"), PHUONG("Phường"), DAC_KHU("Đặc khu"),
	HUYEN("Huyện"), THI_XA("Thị xã"), QUAN("Quận"), THI_TRAN("Thị trấn");

	private final String prefix;

	OrgUnitType(String prefix) {
		this.prefix = prefix;
	}

	/** The word before the short name in the official name: "Thành phố", "Xã". */
	public String prefix() {
		return prefix;
	}

	/** The type whose prefix is exactly {@code word} (as written in the GSO code lists). */
	public static Optional<OrgUnitType> fromPrefix(String word) {
		return Arrays.stream(values()).filter(t -> t.prefix.equals(word)).findFirst();
	}

}
