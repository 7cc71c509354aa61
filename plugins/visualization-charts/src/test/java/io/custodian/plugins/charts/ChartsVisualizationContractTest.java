package io.custodian.plugins.charts;

import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.testkit.VisualizationContract;

class ChartsVisualizationContractTest extends VisualizationContract {

    @Override
    protected Visualization visualization() {
        return new ChartsVisualization();
    }
}
