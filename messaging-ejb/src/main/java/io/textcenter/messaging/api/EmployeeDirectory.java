package io.textcenter.messaging.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The host's employees (SPI); see {@link CustomerDirectory} for how a host supplies its own. */
public interface EmployeeDirectory {

    Optional<EmployeeData> find(String id);

    /** The employees with these ids, in any order; unknown ids are left out. */
    List<EmployeeData> findAll(Collection<String> ids);

    Optional<EmployeeData> findByLoginId(String loginId);

    /** Every employee, by name (what a bulk send to employees picks from). */
    List<EmployeeData> all();

    List<EmployeeData> findByMobile(String mobile);

    /** The employees whose mobile is one of these, each mobile's in {@link #findByMobile}'s order; override to read them at once. */
    default List<EmployeeData> findByMobiles(Collection<String> mobiles) {
        return mobiles.stream()
                .distinct()
                .flatMap(mobile -> findByMobile(mobile).stream())
                .toList();
    }

    /** Creates the employee when its id is null, else updates it; returns it as stored. */
    EmployeeData save(EmployeeData employee);
}
