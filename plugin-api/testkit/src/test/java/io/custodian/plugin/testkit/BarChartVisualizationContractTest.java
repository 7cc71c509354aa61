package io.custodian.plugin.testkit;

import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.testkit.fixture.BarChartVisualization;

/** A visualization that keeps the contract passes every check. */
class BarChartVisualizationContractTest extends VisualizationContract {

    @Override
    protected Visualization visualization() {
        return new BarChartVisualization();
    }
}
