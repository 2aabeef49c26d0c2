import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Rtw.Components

// A chart over dates (Qt Charts) with its text alternative: a summary
// sentence always shown, and every figure as a line of text on request, so
// nothing depends on seeing the chart. `chartData` comes from a controller:
// {series: {key: [{x, y}]}, xMin, xMax, yMax, summary, rows}.
ColumnLayout {
    id: root

    property var chartData: ({})
    /// Up to two lines: [{key, name}].
    property var lines: []
    /// Up to two sets of points: [{key, name}].
    property var points: []
    property string title
    readonly property bool dark: Material.theme === Material.Dark
    readonly property var seriesList: [line0, line1, points0, points1]
    /// The value axis as drawn (for tests).
    readonly property real yAxisMax: axisY.max
    readonly property int yAxisTicks: axisY.tickCount

    function fill() {
        const series = (chartData && chartData.series) || {}
        const specs = [lines[0], lines[1], points[0], points[1]]
        for (let i = 0; i < seriesList.length; ++i) {
            const s = seriesList[i]
            s.clear()
            s.visible = !!specs[i]
            if (!specs[i])
                continue
            s.name = specs[i].name
            for (const p of (series[specs[i].key] || []))
                s.append(p.x, p.y)
        }
        axisX.min = new Date(chartData.xMin || 0)
        axisX.max = new Date(chartData.xMax || 0)
        // Whole, round steps (0, 2, 4 ... 10; 0, 10 ... 40): at most six
        // gaps, so the labels stay readable at large text sizes.
        const top = Math.max(1, chartData.yMax || 1)
        let step = 1
        for (const s of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])
            if (top / s <= 6) { step = s; break }
        if (top / step > 6)
            step = Math.ceil(top / 6)
        const gaps = Math.max(1, Math.ceil(top / step))
        axisY.max = gaps * step
        axisY.tickCount = gaps + 1
    }

    spacing: Theme.smallGap
    Layout.fillWidth: true
    onChartDataChanged: fill()
    Component.onCompleted: fill()

    Label {
        objectName: "chartSummary"
        text: (root.chartData && root.chartData.summary) || ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ChartView {
        id: chart
        Layout.fillWidth: true
        Layout.preferredHeight: Math.round(240 * Math.max(1, Theme.fontScale))
        antialiasing: true
        theme: root.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
        backgroundColor: root.dark ? "#2b2930" : "#ffffff"
        legend.alignment: Qt.AlignBottom
        legend.font.pixelSize: Math.round(Theme.fontSize * 0.9)
        margins { left: 0; right: 0; top: 0; bottom: 0 }
        Accessible.role: Accessible.Chart
        Accessible.name: root.title + ". " + ((root.chartData && root.chartData.summary) || "")
        Accessible.description: qsTr("Every figure is listed as text below the chart.")

        DateTimeAxis {
            id: axisX
            format: "dd/MM"
            tickCount: 5
            labelsFont.pixelSize: Math.round(Theme.fontSize * 0.85)
        }
        ValueAxis {
            id: axisY
            min: 0
            labelFormat: "%.0f"
            tickCount: 5
            labelsFont.pixelSize: Math.round(Theme.fontSize * 0.85)
        }
        LineSeries { id: line0; axisX: axisX; axisY: axisY; width: 3; color: root.dark ? "#9ecaff" : "#005eb8" }
        LineSeries { id: line1; axisX: axisX; axisY: axisY; width: 3; style: Qt.DashLine; color: root.dark ? "#ffb68a" : "#a14e00" }
        ScatterSeries { id: points0; axisX: axisX; axisY: axisY; markerSize: 12; color: root.dark ? "#7fd88b" : "#1e7b34"; borderColor: color }
        ScatterSeries { id: points1; axisX: axisX; axisY: axisY; markerSize: 12; markerShape: ScatterSeries.MarkerShapeRectangle; color: root.dark ? "#ffb4ab" : "#b3261e"; borderColor: color }
    }
    Button {
        id: figures
        objectName: "showFiguresButton"
        visible: ((root.chartData && root.chartData.rows) || []).length > 0
        checkable: true
        flat: true
        text: checked ? qsTr("Hide the figures") : qsTr("Show the figures as text")
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
    }
    Repeater {
        model: figures.checked ? ((root.chartData && root.chartData.rows) || []) : []
        delegate: Label {
            required property string modelData
            text: modelData
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
