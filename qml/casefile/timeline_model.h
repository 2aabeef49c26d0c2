#pragma once
// TimelineModel: a case's timeline as a list model over the store, newest
// first (see timeline.h for what it holds), refreshed when the case changes.

#include "qml/components/case_rows_model.h"

namespace rtw::app {

class TimelineModel : public CaseRowsModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit TimelineModel(QObject* parent = nullptr);

protected:
    Builder builder() const override;
};

}  // namespace rtw::app
