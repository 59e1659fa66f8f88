package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An employee of the standalone directory. */
@Entity
@Table(name = "employee")
@NamedQuery(name = Employee.BY_MOBILE, query = "SELECT e FROM Employee e WHERE e.mobile = :mobile ORDER BY e.id")
@NamedQuery(name = Employee.BY_MOBILES, query = "SELECT e FROM Employee e WHERE e.mobile IN :mobiles ORDER BY e.id")
@NamedQuery(name = Employee.BY_LOGIN_ID, query = "SELECT e FROM Employee e WHERE e.loginId = :loginId")
@NamedQuery(name = Employee.BY_IDS, query = "SELECT e FROM Employee e WHERE e.id IN :ids")
@NamedQuery(name = Employee.ALL, query = "SELECT e FROM Employee e ORDER BY e.name, e.id")
public class Employee {

    static final String ALL = "Employee.all";
    static final String BY_MOBILE = "Employee.byMobile";
    static final String BY_MOBILES = "Employee.byMobiles";
    static final String BY_LOGIN_ID = "Employee.byLoginId";
    static final String BY_IDS = "Employee.byIds";

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;

    @Version
    private long version;

    private String name;

    private String mobile;

    @Column(name = "login_id")
    private String loginId;

    @Column(name = "text_messaging_role")
    private boolean textMessagingRole;

    protected Employee() {
        // for JPA
    }

    Employee(EmployeeData data) {
        update(data);
    }

    void update(EmployeeData data) {
        this.name = data.name();
        this.mobile = data.mobile();
        this.loginId = data.loginId();
        this.textMessagingRole = data.textMessagingRole();
    }

    EmployeeData toData() {
        return new EmployeeData(EntityIds.format(id), name, mobile, loginId, textMessagingRole);
    }
}
