satuan buah : cacah
