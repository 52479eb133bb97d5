"""Files in and out: plan files, chat exports, spreadsheets. No Qt."""
