package io.custodian.itest;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The kernel on its embedded default: H2. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class H2KernelIT extends KernelBehaviour {

    @Configuration
    public Option[] config() {
        return KernelDistribution.withoutFirstStartPlugins(KernelDistribution.options(18181, 10000, "H2")).toArray(new Option[0]);
    }

}
