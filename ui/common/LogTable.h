#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;

namespace Keyward::Ui {

/// Sets up a table of log-like rows (audit events, jobs): whole-row selection, no word wrap, and a fixed row
/// height, because such tables can hold millions of rows and must never size rows to their contents.
void setUpLogTable(QTableView *table, QAbstractItemModel *model, QAbstractItemView::SelectionMode selection);

} // namespace Keyward::Ui
