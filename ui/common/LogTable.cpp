#include "LogTable.h"

#include <QHeaderView>
#include <QTableView>

namespace Keyward::Ui {

void setUpLogTable(QTableView *table, QAbstractItemModel *model, QAbstractItemView::SelectionMode selection)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Keyward::Ui
