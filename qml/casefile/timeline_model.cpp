#include "qml/casefile/timeline_model.h"

#include "qml/casefile/timeline.h"

namespace rtw::app {

TimelineModel::TimelineModel(QObject* parent)
    : CaseRowsModel({"when", "kind", "title", "detail"}, parent) {}

CaseRowsModel::Builder TimelineModel::builder() const {
    return [](const CaseRecords& records) { return buildTimeline(records); };
}

}  // namespace rtw::app
