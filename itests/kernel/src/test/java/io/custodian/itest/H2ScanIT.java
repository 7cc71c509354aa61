package io.custodian.itest;

import io.custodian.itest.scanning.ScanBehaviour;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Data sources, scans and the catalog in the distribution on its embedded database, with its own marketplace. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class H2ScanIT extends ScanBehaviour {

    @Configuration
    public Option[] config() {
        return KernelDistribution.options(18881, 10700, "H2").toArray(new Option[0]);
    }
}
